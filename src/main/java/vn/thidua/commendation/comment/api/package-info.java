/** REST resources of public comment, over the same service as the page. */
package vn.thidua.commendation.comment.api;
