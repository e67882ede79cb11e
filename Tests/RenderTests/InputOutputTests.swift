import Foundation
import Testing
import Notebook
@testable import Render

/// Issue 19, "Outputs and inputs": what `nb render` reads and what it may replace.
@Suite struct InputOutputTests {
    let notebook = "# Title\n\n```swift\ncheck(1 + 1 == 2, \"sum\")\n```\n"

    func render(_ file: String, output: String? = nil) -> (status: Int32, err: String) {
        let recorder = RecordingConsole()
        let status = Pipeline(console: recorder.console).render([file], output: output, unsafeHTML: false)
        return (status, recorder.err)
    }

    @Test func aFolderIsNotANotebook() throws {
        let folder = try scratchFolder([:])
        let (status, err) = render(folder.path)
        #expect(status == 2)
        #expect(err.hasPrefix("\(folder.path):1:1: error: cannot read the notebook: it is a directory"))
    }

    @Test func aFIFOIsRefusedBeforeAnythingIsReadFromIt() throws {
        let folder = try scratchFolder([:])
        let fifo = folder.appendingPathComponent("pipe.md").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let (status, err) = render(fifo)   // would block forever if it were opened
        #expect(status == 2)
        #expect(err.contains("error: cannot read the notebook: it is a FIFO, not a regular file"))
    }

    @Test(arguments: ["/dev/zero", "/dev/null"])
    func aDeviceIsNotANotebook(path: String) {
        let (status, err) = render(path, output: FileManager.default.temporaryDirectory.appendingPathComponent("x-\(UUID()).html").path)
        #expect(status == 2)
        #expect(err.contains("cannot read the notebook: it is a character device, not a regular file"))
    }

    @Test func anEndlessOrHugeInputStopsAtTheLimit() throws {
        let folder = try scratchFolder([:])
        let path = folder.appendingPathComponent("big.md").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, off_t(NotebookFile.maximumBytes + 1)) == 0)   // sparse: no disk used
        let (status, err) = render(path)
        #expect(status == 2)
        #expect(err.contains("cannot read the notebook: it is larger than 256 MiB, the most nb reads"))
    }

    @Test func theReportNeverReplacesTheNotebook() throws {
        let folder = try scratchFolder(["n.md": notebook])
        let path = folder.appendingPathComponent("n.md").path
        for output in [path, folder.path + "/./n.md", folder.path + "/../" + folder.lastPathComponent + "/n.md"] {
            let (status, err) = render(path, output: output)
            #expect(status == 2)
            #expect(err.contains("error: the report would replace the notebook itself"))
        }
        let link = folder.appendingPathComponent("link.html").path
        #expect(symlink(path, link) == 0)
        #expect(render(path, output: link).status == 2)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == notebook)
    }

    @Test func anOutputNameOf255BytesIsWritten() throws {
        let folder = try scratchFolder(["n.md": notebook])
        let name = String(repeating: "r", count: 250) + ".html"
        #expect(name.utf8.count == 255)
        let (status, err) = render(folder.appendingPathComponent("n.md").path, output: folder.appendingPathComponent(name).path)
        #expect(status == 0, "\(err)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path))
    }

    @Test func aSymlinkedOutputKeepsItsLinkAndItsTargetIsReplaced() throws {
        let folder = try scratchFolder(["n.md": notebook, "real.html": "old"])
        let link = folder.appendingPathComponent("report.html").path
        #expect(symlink("real.html", link) == 0)
        #expect(render(folder.appendingPathComponent("n.md").path, output: link).status == 0)
        let destination = try FileManager.default.destinationOfSymbolicLink(atPath: link)
        #expect(destination == "real.html")
        #expect(try String(contentsOfFile: folder.appendingPathComponent("real.html").path, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    }

    @Test func anOutputThatIsADeviceIsWrittenThroughNotReplaced() throws {
        let folder = try scratchFolder(["n.md": notebook])
        var output = "/dev/null"
        if getuid() == 0 {
            // Our own copy of /dev/null (character device 1:3), so nothing outside the test changes.
            output = folder.appendingPathComponent("null").path
            #expect(mknod(output, S_IFCHR | 0o666, (1 << 8) | 3) == 0)
        }
        #expect(render(folder.appendingPathComponent("n.md").path, output: output).status == 0)
        var info = stat()
        #expect(stat(output, &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func aFIFOOutputIsWrittenThrough() throws {
        let folder = try scratchFolder(["n.md": notebook])
        let fifo = folder.appendingPathComponent("out.html").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // The reader blocks in open() until the render opens the FIFO: on a thread of its own,
        // not one of the test run's shared pool (which two blocked tasks fill on two cores).
        final class Received: @unchecked Sendable { var text = "" }
        let received = Received(), done = DispatchSemaphore(value: 0)
        Thread {
            let handle = FileHandle(forReadingAtPath: fifo)!
            received.text = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
            done.signal()
        }.start()
        #expect(render(folder.appendingPathComponent("n.md").path, output: fifo).status == 0)
        done.wait()
        #expect(received.text.hasPrefix("<!DOCTYPE html>"))
        var info = stat()
        #expect(stat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func aMissingOrReadOnlyFolderIsAnErrorAtTheOutput() throws {
        let folder = try scratchFolder(["n.md": notebook])
        let missing = folder.appendingPathComponent("no/such/folder/r.html").path
        let (status, err) = render(folder.appendingPathComponent("n.md").path, output: missing)
        #expect(status == 2)
        #expect(err.hasPrefix("\(missing):1:1: error: cannot write the report: No such file or directory"))
        if getuid() != 0 {   // root writes into read-only folders
            let readOnly = folder.appendingPathComponent("ro")
            try FileManager.default.createDirectory(at: readOnly, withIntermediateDirectories: false)
            #expect(chmod(readOnly.path, 0o500) == 0)
            let (status, err) = render(folder.appendingPathComponent("n.md").path, output: readOnly.appendingPathComponent("r.html").path)
            #expect(status == 2)
            #expect(err.contains("cannot write the report: Permission denied"))
        }
    }

    @Test func twoRendersOfOneNotebookAtOnceBothWriteWholeReports() async throws {
        let folder = try scratchFolder(["n.md": notebook])
        let path = folder.appendingPathComponent("n.md").path
        let statuses = await withTaskGroup(of: Int32.self) { group in
            for _ in 0..<4 { group.addTask { render(path).status } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses == [0, 0, 0, 0])
        let html = try String(contentsOfFile: folder.appendingPathComponent("n.html").path, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func eachFileWrittenIsNamedWithItsChecksUnlessQuiet() throws {
        let folder = try scratchFolder(["n.md": notebook])
        let path = folder.appendingPathComponent("n.md").path
        let recorder = RecordingConsole()
        #expect(Pipeline(console: recorder.console).render([path], output: nil, unsafeHTML: false) == 0)
        #expect(recorder.err.hasPrefix("wrote \(folder.path)/n.html — 1 check ✓ in "))
        #expect(recorder.err.hasSuffix(" s\n"))
        let quiet = RecordingConsole()
        #expect(Pipeline(console: quiet.console).render([path], output: nil, unsafeHTML: false, quiet: true) == 0)
        #expect(quiet.err.isEmpty)
    }
}
