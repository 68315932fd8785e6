-- The province itself (reference data, real): Quảng Ninh, code 22, established 30/10/1963.
-- Its districts, communes and residential areas come with the organisation history.
INSERT INTO org_unit (id, code, name, unit_type, level_id, parent_id, valid_from)
VALUES (100, '22', 'Tỉnh Quảng Ninh', 'Tỉnh', 1, NULL, DATE '1963-10-30');
