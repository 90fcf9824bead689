package dev.s3grant.ui.forms;

import dev.s3grant.analysis.Severity;
import dev.s3grant.model.Message;

/** Why a field is marked: the most severe finding (or local check) about it. */
public record FieldMark(Severity severity, String code, Message message) {
}
