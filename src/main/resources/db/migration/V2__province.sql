-- The province itself (reference data, real): Quảng Ninh, code 22, established 30/10/1963.
-- Its districts, communes and their history are loaded at first start from reference/units (OrgHistoryLoader).
INSERT INTO org_event (id, kind, effective_date, legal_basis, recorded_at, recorded_by)
VALUES (100, 'CREATE', DATE '1963-10-30', 'Nghị quyết Quốc hội ngày 30/10/1963', TIMESTAMP WITH TIME ZONE '2026-11-25 00:00:00+00', 'system');
INSERT INTO org_unit (id, code, level_id, valid_from) VALUES (100, '22', 1, DATE '1963-10-30');
INSERT INTO org_unit_version (id, unit_id, name, name_search, unit_type, parent_id, valid_from, event_id)
VALUES (101, 100, 'Tỉnh Quảng Ninh', 'tinh quang ninh', 'Tỉnh', NULL, DATE '1963-10-30', 100);
