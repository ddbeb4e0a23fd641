/**
 * The connection pool's way back after a database outage: once the database has been reached, a
 * lost database is waited for in short steps instead of Hikari's growing backoff (docs/faults.md).
 */
package org.jifen.api.database;
