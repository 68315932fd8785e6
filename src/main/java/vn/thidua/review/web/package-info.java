/** Backing beans of the review pages: the list and creation, one review, the next term's tracking. */
package vn.thidua.review.web;
