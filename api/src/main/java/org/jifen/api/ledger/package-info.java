/** The points ledger: manual adjustments, reversals and corrections, and the transactions that write points. */
package org.jifen.api.ledger;
