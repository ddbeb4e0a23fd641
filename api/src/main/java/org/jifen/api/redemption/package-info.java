/** Redeeming points at merchants against a village's catalogue. */
package org.jifen.api.redemption;
