/** Published policy versions: the one in effect, the history, one version, diffs and restoring an old version. */
package org.jifen.api.policy.version;
