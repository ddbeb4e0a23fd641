/** Keeping this instance's cached policies in step with versions published by other instances. */
package org.jifen.api.policy.sync;
