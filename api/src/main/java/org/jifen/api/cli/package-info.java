/** Command-line tools run from the service jar: testing a policy folder and its insights. */
package org.jifen.api.cli;
