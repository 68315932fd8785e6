/** REST resources of commendation: award types and nominations, over the feature's services. */
package vn.thidua.commendation.api;
