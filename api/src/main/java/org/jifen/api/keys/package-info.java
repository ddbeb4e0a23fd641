/** API keys, their roles and the villages they may act on. */
package org.jifen.api.keys;
