package org.markaz.hqexport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.markaz.core.feature.IndicatorDefinition;
import org.markaz.core.feature.IndicatorValues;

/**
 * The indicators as a DHIS2 {@code dataValueSets} file, and the metadata a DHIS2 administrator
 * imports once so a national DHIS2 can hold them (ADR 0020). Each cell of the table (an indicator's
 * total or one of its disaggregations) is one data element with DHIS2's default category option
 * combo, unless Settings map it to other ids; ids Markaz makes are derived from the cell's code,
 * so every centre and every package uses the same ones.
 */
final class Dhis2 {

    /** DHIS2's own ids of the default category combo and its one option combo. */
    static final String DEFAULT_CATEGORY_COMBO = "bjDvmb4bfuf";
    static final String DEFAULT_OPTION_COMBO = "HllvX50cXC0";
    static final String DATA_SET = uid("dataset:markaz-fcsc");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ALPHANUMERIC = LETTERS + "0123456789";

    private Dhis2() {
    }

    /** A DHIS2 id (a letter and ten letters or digits) derived from a text, the same every time. */
    static String uid(String seed) {
        byte[] hash = PackageWriter.sha256().digest(seed.getBytes(StandardCharsets.UTF_8));
        StringBuilder uid = new StringBuilder().append(LETTERS.charAt((hash[0] & 0xff) % LETTERS.length()));
        for (int i = 1; i < 11; i++) {
            uid.append(ALPHANUMERIC.charAt((hash[i] & 0xff) % ALPHANUMERIC.length()));
        }
        return uid.toString();
    }

    /** The data element and option combo of a cell: as set in Settings, else Markaz's own. */
    static String[] ids(IndicatorValues.Value cell, Map<String, String[]> mapping) {
        String[] set = mapping.get(cell.code() + "|" + cell.disaggregation());
        return set != null ? set : new String[] {uid("dataElement:" + key(cell)), DEFAULT_OPTION_COMBO};
    }

    static String key(IndicatorValues.Value cell) {
        return cell.disaggregation().isEmpty() ? cell.code() : cell.code() + "|" + cell.disaggregation();
    }

    static Map<String, Object> dataValueSet(String period, String orgUnit, List<IndicatorValues.Value> cells,
                                            Map<String, String[]> mapping) {
        List<Object> values = new ArrayList<>();
        for (IndicatorValues.Value cell : cells) {
            String[] ids = ids(cell, mapping);
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("dataElement", ids[0]);
            value.put("period", period);
            value.put("orgUnit", orgUnit);
            value.put("categoryOptionCombo", ids[1]);
            value.put("value", cell.value().stripTrailingZeros().toPlainString());
            values.add(value);
        }
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("dataSet", DATA_SET);
        set.put("period", period);
        set.put("orgUnit", orgUnit);
        set.put("dataValues", values);
        return set;
    }

    /** Data elements for the cells (named in Russian, with the code and disaggregation) and one data set holding them. */
    static Map<String, Object> metadata(List<IndicatorValues.Value> cells, Map<String, IndicatorDefinition> definitions,
                                        Map<String, String> names) {
        List<Object> elements = new ArrayList<>();
        List<Object> setElements = new ArrayList<>();
        for (IndicatorValues.Value cell : cells) {
            String id = uid("dataElement:" + key(cell));
            IndicatorDefinition definition = definitions.get(cell.code());
            String name = names.get(cell.code()) + (cell.disaggregation().isEmpty() ? "" : " (" + cell.disaggregation() + ")");
            String code = "MKZ_" + key(cell).replaceAll("[^A-Za-z0-9]+", "_");
            Map<String, Object> element = new LinkedHashMap<>();
            element.put("id", id);
            element.put("code", code.length() > 50 ? code.substring(0, 39) + "_" + id.substring(1) : code);
            element.put("name", name.length() > 230 ? name.substring(0, 230) : name);
            element.put("shortName", shortName(key(cell), id));
            element.put("valueType", definition.kind() == IndicatorDefinition.Kind.COUNT ? "INTEGER_ZERO_OR_POSITIVE" : "NUMBER");
            element.put("aggregationType", definition.kind() == IndicatorDefinition.Kind.DECIMAL ? "AVERAGE" : "SUM");
            element.put("domainType", "AGGREGATE");
            element.put("categoryCombo", Map.of("id", DEFAULT_CATEGORY_COMBO));
            elements.add(element);
            Map<String, Object> setElement = new LinkedHashMap<>();
            setElement.put("dataElement", Map.of("id", id));
            setElement.put("dataSet", Map.of("id", DATA_SET));
            setElements.add(setElement);
        }
        Map<String, Object> dataSet = new LinkedHashMap<>();
        dataSet.put("id", DATA_SET);
        dataSet.put("code", "MKZ_FCSC");
        dataSet.put("name", "Markaz: Family and Child Support Centre indicators");
        dataSet.put("shortName", "Markaz FCSC indicators");
        dataSet.put("periodType", "Quarterly");
        dataSet.put("categoryCombo", Map.of("id", DEFAULT_CATEGORY_COMBO));
        dataSet.put("dataSetElements", setElements);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("dataElements", elements);
        metadata.put("dataSets", List.of(dataSet));
        return metadata;
    }

    /** At most 50 characters and unique: the cell's key, cut if need be and then followed by its id. */
    private static String shortName(String key, String id) {
        return key.length() <= 50 ? key : key.substring(0, 38) + " " + id;
    }
}
