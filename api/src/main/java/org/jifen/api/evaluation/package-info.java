/** Evaluating evidence against a village's policy in effect and writing the resulting awards to the ledger. */
package org.jifen.api.evaluation;
