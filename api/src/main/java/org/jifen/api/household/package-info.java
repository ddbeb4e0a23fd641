/** Household balances and points statements. */
package org.jifen.api.household;
