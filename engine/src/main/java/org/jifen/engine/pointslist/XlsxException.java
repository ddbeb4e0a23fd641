package org.jifen.engine.pointslist;

/** A workbook that cannot be read as a points list; {@code cell} is the cell ref (C5) or null. */
final class XlsxException extends RuntimeException {

    private final String cell;

    XlsxException(String message) {
        this(null, message);
    }

    XlsxException(String cell, String message) {
        super(message);
        this.cell = cell;
    }

    String cell() {
        return cell;
    }
}
