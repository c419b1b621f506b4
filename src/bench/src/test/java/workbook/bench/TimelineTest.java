package workbook.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TimelineTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList nodes = doc.getElementsByTagName(name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static List<String> texts(Document doc) {
        return elements(doc, "text").stream().map(Element::getTextContent).toList();
    }

    @Test
    void draws_a_row_per_thread_and_a_bar_per_task_scaled_to_its_times() throws Exception {
        Timeline timeline = new Timeline("two threads")
                .bar("t-1", "BR", 10.0, 10.5, Timeline.OK)
                .bar("t-2", "CN", 10.0, 11.0, Timeline.ERROR)
                .bar("t-1", "IN", 10.5, 11.0, Timeline.NOT_FOUND);
        Document doc = parse(timeline.toSvg());

        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(timeline.rows()).isEqualTo(2);
        List<Element> bars = elements(doc, "rect").stream().filter(r -> r.getAttribute("fill").startsWith("url(#")
                && !r.getAttribute("y").isEmpty() && r.getParentNode().getNodeName().equals("g")).toList();
        assertThat(bars).as("a bar per task").hasSize(3);
        double br = Double.parseDouble(bars.get(0).getAttribute("width"));
        double cn = Double.parseDouble(bars.get(1).getAttribute("width"));
        assertThat(cn).as("a task twice as long draws a bar twice as wide").isCloseTo(2 * br, org.assertj.core.data.Offset.offset(0.2));
        assertThat(bars.get(0).getAttribute("y")).as("BR and IN ran on the same thread: the same row")
                .isEqualTo(bars.get(2).getAttribute("y"));
        assertThat(bars.get(0).getAttribute("y")).isNotEqualTo(bars.get(1).getAttribute("y"));
        assertThat(texts(doc)).as("the axis starts at the earliest time, not at 10 s")
                .contains("0.0", "1.0", "t-1", "t-2", "BR", "CN", "IN", "seconds");
    }

    @Test
    void reads_without_colour_each_outcome_has_its_own_pattern_and_a_legend() throws Exception {
        Document doc = parse(new Timeline("outcomes")
                .bar("t", "A", 0, 1, Timeline.OK).bar("t", "B", 1, 2, Timeline.NOT_FOUND)
                .bar("t", "C", 2, 3, Timeline.ERROR).bar("t", "D", 3, 4, Timeline.CANCELLED).toSvg());
        List<Element> patterns = elements(doc, "pattern");
        assertThat(patterns).hasSize(4);
        assertThat(patterns.stream().map(p -> p.getElementsByTagName("*").getLength()).distinct().count())
                .as("solid, stripes, cross and dots differ in shape, not only in colour").isGreaterThan(1);
        assertThat(texts(doc)).as("the legend names every outcome")
                .contains("downloaded", "not found (404)", "error", "cancelled");
        assertThat(elements(doc, "title").stream().map(Element::getTextContent))
                .as("each bar says what it was when pointed at")
                .contains("C: 2.000 s to 3.000 s, error");
    }

    @Test
    void a_legend_wider_than_the_picture_goes_on_to_another_line_and_the_picture_grows_to_hold_it() throws Exception {
        Timeline timeline = new Timeline("many outcomes");
        for (int i = 0; i < 6; i++) {
            timeline.bar("t", "X" + i, i, i + 1, new Timeline.Outcome("an outcome with a long name " + i, "#4c9a2a", Timeline.Pattern.SOLID));
        }
        Document doc = parse(timeline.toSvg());
        double width = Double.parseDouble(doc.getDocumentElement().getAttribute("width"));
        double height = Double.parseDouble(doc.getDocumentElement().getAttribute("height"));
        List<Element> legend = elements(doc, "text").stream()
                .filter(t -> t.getTextContent().startsWith("an outcome with a long name")).toList();
        assertThat(legend).hasSize(6);
        for (Element t : legend) {
            double x = Double.parseDouble(t.getAttribute("x"));
            assertThat(x + t.getTextContent().length() * 7.0).as("the legend entry '%s' ends inside the picture", t.getTextContent())
                    .isLessThanOrEqualTo(width);
            assertThat(Double.parseDouble(t.getAttribute("y"))).as("and above its bottom edge").isLessThan(height);
        }
        assertThat(legend.stream().map(t -> t.getAttribute("y")).distinct().count()).as("lines of the legend").isGreaterThan(1);
    }

    @Test
    void marks_get_a_row_of_their_own_and_crowded_labels_do_not_overlap() throws Exception {
        Timeline timeline = new Timeline("marks").bar("t", "A", 0, 1, Timeline.OK);
        for (int i = 0; i < 5; i++) {
            timeline.mark("main", 0.5 + i * 0.001, "label" + i);
        }
        Document doc = parse(timeline.toSvg());
        assertThat(timeline.rows()).isEqualTo(2);
        assertThat(elements(doc, "path").size()).as("a diamond per mark, and one in the legend").isEqualTo(6);
        assertThat(texts(doc)).as("two lanes hold two labels; the others keep only their title")
                .contains("label0", "label1").doesNotContain("label2", "label3", "label4");
        assertThat(elements(doc, "title").stream().map(Element::getTextContent)).contains("label4 at 0.504 s");
    }

    @Test
    void escapes_text_so_that_any_name_makes_valid_xml() throws Exception {
        Document doc = parse(new Timeline("a <b> & \"c\"").bar("<row>", "x&y", 0, 1, Timeline.OK).toSvg());
        assertThat(texts(doc)).contains("a <b> & \"c\"", "<row>");
    }

    @Test
    void ticks_are_one_two_or_five_times_a_power_of_ten() {
        assertThat(Timeline.tickStep(2.3)).isEqualTo(0.5);
        assertThat(Timeline.tickStep(0.4)).isEqualTo(0.05);
        assertThat(Timeline.tickStep(12)).isEqualTo(2);
        assertThat(Timeline.tickStep(8)).isEqualTo(1);
    }

    @Test
    void refuses_what_it_cannot_draw() {
        assertThatThrownBy(() -> new Timeline("empty").toSvg()).hasMessageContaining("at least one bar");
        assertThatThrownBy(() -> new Timeline("t").bar("r", "late", 2, 1, Timeline.OK))
                .hasMessageContaining("ends at or after it starts");
        assertThatThrownBy(() -> new Timeline.Outcome("x", "green", Timeline.Pattern.SOLID))
                .hasMessageContaining("#rrggbb");
    }
}
