package uk.consultation.intake.letter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** @param maxSize the largest scan accepted; a letter of a few pages scanned at 300 dpi is a few MB */
@ConfigurationProperties("letters.scans")
record ScanSettings(DataSize maxSize) {
}
