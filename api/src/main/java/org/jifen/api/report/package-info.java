/** Rankings, summaries and printable notices of points per village and period, with members' names masked. */
package org.jifen.api.report;
