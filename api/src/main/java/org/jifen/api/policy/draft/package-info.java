/** A village's draft policy: editing its files, validating and testing it, and publishing it through the gate. */
package org.jifen.api.policy.draft;
