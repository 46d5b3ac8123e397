package uk.consultation.coding.understand;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.*;

import org.junit.jupiter.api.Test;

import uk.consultation.coding.TestEvents;
import uk.consultation.coding.language.SentenceEmbeddings;
import uk.consultation.schemas.consultation.Question;

/** Temporary: development documents only. For each labelled question, the best passage score for it and its rank. */
class RecallDiagnosisTest {

    @Test
    void diagnose() throws Exception {
        SentenceEmbeddings embeddings = new SentenceEmbeddings();
        QuestionVectors vectors = QuestionVectors.of(TestEvents.BUNDLED, embeddings);
        List<Question> questions = vectors.questions();
        String only = System.getProperty("diag.only", "");
        for (LabelledDocuments.Labelled doc : LabelledDocuments.development()) {
            if (!only.isEmpty() && !doc.document().startsWith(only)) continue;
            List<Passage> passages = new ArrayList<>();
            for (String suffix : List.of(".txt", ".pdf.txt")) {
                try (InputStream in = getClass().getResourceAsStream("/understanding/" + doc.document() + suffix)) {
                    if (in != null) passages.addAll(Passages.of(new String(in.readAllBytes(), StandardCharsets.UTF_8), false));
                }
            }
            Map<String, float[]> sv = new HashMap<>();
            List<String> sentences = passages.stream().flatMap(p -> p.sentences().stream()).distinct().toList();
            List<float[]> emb = embeddings.embedAll(sentences);
            for (int i = 0; i < sentences.size(); i++) sv.put(sentences.get(i), emb.get(i));
            System.out.println("#### " + doc.document() + " labelled " + doc.expected().keySet());
            for (Passage p : passages) {
                if (p.heading()) { System.out.println("   H " + cut(p.text())); continue; }
                double[] c = vectors.closeness(QuestionMapping.mean(p.sentences(), sv));
                Integer[] order = new Integer[c.length];
                for (int i = 0; i < c.length; i++) order[i] = i;
                Arrays.sort(order, (a, b) -> Double.compare(c[b], c[a]));
                StringBuilder top = new StringBuilder();
                for (int k = 0; k < 3; k++) top.append(String.format("%s %.3f ", questions.get(order[k]).id(), c[order[k]]));
                System.out.println("   " + top + "| " + cut(p.text()));
            }
        }
    }

    private static String cut(String s) {
        s = s.replace('\n', ' ');
        return s.length() > 110 ? s.substring(0, 110) : s;
    }
}
