/** Period-end programmes (评星): standings from the ledger, the programme rules, their awards written once per period. */
package org.jifen.api.programme;
