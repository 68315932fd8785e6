/** Backing beans of the council's pages (/council/): each calls the council's services and shows their refusals. */
package vn.thidua.commendation.council.web;
