/** Village members and their roles: registering, updating and listing the people who earn points. */
package org.jifen.api.member;
