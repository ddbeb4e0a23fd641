/** The Thymeleaf console that officials use in the browser. */
package org.jifen.api.console;
