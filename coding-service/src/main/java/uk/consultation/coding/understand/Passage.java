package uk.consultation.coding.understand;

import java.util.List;

/**
 * A heading, a paragraph or a numbered point of a document, with its sentences.
 *
 * @param heading    a short line standing on its own, which names what the passages under it are about
 * @param onTemplate from a text on the consultation's written template, whose answers the template's reading has
 */
record Passage(String text, List<String> sentences, boolean heading, boolean onTemplate) {

    Passage {
        sentences = List.copyOf(sentences);
    }
}
