/** The audit log: who changed what, and reading it back. */
package org.jifen.api.audit;
