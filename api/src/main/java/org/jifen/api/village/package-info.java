/** Villages: creating, listing, renaming and the one lookup that answers 404 for an unknown village. */
package org.jifen.api.village;
