/** Spreadsheet (.xlsx) downloads of reports and statements, with Chinese file names. */
package org.jifen.api.export;
