/** REST resources of term reviews, over the feature's services. */
package vn.thidua.review.api;
