/** Evidence held for review by an official, and approving or rejecting it. */
package org.jifen.api.review;
