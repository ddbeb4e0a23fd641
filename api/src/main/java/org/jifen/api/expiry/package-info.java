/** Expiring points past their validity, on a schedule or on request. */
package org.jifen.api.expiry;
