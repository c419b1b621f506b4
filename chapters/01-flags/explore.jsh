// Chapter 01, by hand: the embedded flags server and one download.
// ./workbook jshell 1 opens a jshell with this loaded; try your own lines after it.
// The build runs it too: each `checks++` counts a check that held (src/support/jshell/verdict.jsh).
import java.net.http.*;
import workbook.flags.*;
import workbook.ch01.*;
int checks = 0;
int expected = 4;

var server = FlagsServer.start(Mode.LOCAL);
System.out.println("flags at " + server.baseUrl() + ", " + Countries.codes().size() + " countries");
var client = Http.newClient();

byte[] br = Http.getFlag(client, server.baseUrl(), "BR");
System.out.println("BR: " + br.length + " bytes, starting " + new String(br, 0, 40));
if (new String(br).contains("<svg")) checks++;

try {
    Http.getFlag(client, server.baseUrl(), "QQ");
} catch (Http.HttpStatusException e) {
    System.out.println("QQ: " + e.getMessage());
    if (e.status() == 404) checks++;
}

var errors = FlagsServer.start(Mode.ERROR);
System.out.println("the ERROR server fails " + errors.countries(FlagsServer.Behaviour.SERVER_ERROR)
        + " with 500 and drops " + errors.countries(FlagsServer.Behaviour.CONNECTION_RESET));
if (errors.countries(FlagsServer.Behaviour.FLAG).size() > 150) checks++;

var counts = DownloadStatus.tally(java.util.List.of(DownloadStatus.OK, DownloadStatus.OK, DownloadStatus.ERROR));
System.out.println("a tally: " + counts);
if (counts.get(DownloadStatus.OK) == 2L) checks++;
