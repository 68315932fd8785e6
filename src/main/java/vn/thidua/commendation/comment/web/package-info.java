/** Backing bean of the public comment page (/public-comment/). */
package vn.thidua.commendation.comment.web;
