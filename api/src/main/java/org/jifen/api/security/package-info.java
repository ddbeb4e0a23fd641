/** Authentication by API key or console login, roles and permissions, and which villages a key may act on. */
package org.jifen.api.security;
