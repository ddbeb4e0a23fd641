/** Watching rules/ and samples/ on disk and publishing a saved village or template folder through the gate. */
package org.jifen.api.policy.watch;
