/** The Jifen service: the Spring Boot application that serves village points policies, the points ledger and the console. */
package org.jifen.api;
