/** The policy core: the one publish gate (PolicyPublisher), the cache of compiled policies, the start-up loader and run limits. */
package org.jifen.api.policy;
