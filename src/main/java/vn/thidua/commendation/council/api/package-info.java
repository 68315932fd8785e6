/** REST resources of the council: sessions, members and votes, over the same services as the pages. */
package vn.thidua.commendation.council.api;
