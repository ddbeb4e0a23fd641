/** What-if runs: evaluating a draft or the live policy against stored evidence without writing anything. */
package org.jifen.api.policy.simulate;
