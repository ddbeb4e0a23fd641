/** Shared HTTP plumbing: problem+json error responses, request limits and the exceptions that map to status codes. */
package org.jifen.api.web;
