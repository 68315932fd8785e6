/**
 * Public comment (lấy ý kiến công khai): while a nomination is in PUBLIC_COMMENT, its nominee is published to every
 * logged-in user whose unit is the granting unit or below it, who may leave comments until the deadline. Comments
 * go to the granting unit's officers and leaders, with their authors; other readers see only their own, since an
 * objection to a colleague's award is a confidential matter. The period closes itself at the deadline (see
 * {@link vn.thidua.commendation.deadline}).
 */
package vn.thidua.commendation.comment;
