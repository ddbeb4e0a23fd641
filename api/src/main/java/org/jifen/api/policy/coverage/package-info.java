/** Which rules of the policy in effect fired on real evidence, and which never did. */
package org.jifen.api.policy.coverage;
