/** Redemption freezes (暂停兑换): an official suspends a member's or household's redemptions until a day. */
package org.jifen.api.freeze;
