import Foundation
import Testing
@testable import DataFiles

/// The confinement rules, the size limit, the hash and a change while reading, each on a real
/// file system: a folder per test, real symbolic links and a real FIFO.
@Suite struct DataFolderTests {
    /// The error kind `read` throws, or nil.
    func failure(_ folder: DataFolder, _ path: String) -> DataFileError.Kind? {
        do { _ = try folder.read(path); return nil } catch let error as DataFileError { return error.kind } catch { return nil }
    }

    @Test func aFileInsideTheFolderIsReadWithItsSHA256AsSha256sumComputesIt() throws {
        let scratch = try Scratch(text: ["data/losses.csv": "step,loss\n0,1.5\n1,0.75\n"])
        let file = try DataFolder(path: scratch.path).read("data/losses.csv")
        let sha256sum = try Scratch.run("/usr/bin/sha256sum", [scratch.folder.appendingPathComponent("data/losses.csv").path])
        #expect(file.record.sha256 == String(sha256sum.prefix(64)))
        #expect(file.record.bytes == 23)
        #expect(file.record.path == "data/losses.csv")
        #expect(file.bytes == Array("step,loss\n0,1.5\n1,0.75\n".utf8))
    }

    @Test func aPathThatLeavesTheFolderIsRefused() throws {
        let outer = try Scratch(text: ["x.csv": "a\n1\n", "notebook/inside.csv": "a\n1\n"])
        let folder = DataFolder(path: outer.folder.appendingPathComponent("notebook").path)
        #expect(failure(folder, "../x.csv") == .escapesFolder)
        #expect(failure(folder, "sub/../../x.csv") == .escapesFolder)
        // `..` that comes back inside is inside.
        #expect(failure(folder, "../notebook/inside.csv") == nil)
    }

    @Test func anAbsolutePathIsRefusedEvenInsideTheFolder() throws {
        let scratch = try Scratch(text: ["a.csv": "a\n1\n"])
        let folder = DataFolder(path: scratch.path)
        #expect(failure(folder, "/etc/passwd") == .absolutePath)
        #expect(failure(folder, scratch.folder.appendingPathComponent("a.csv").path) == .absolutePath)
        #expect(failure(folder, "") == .emptyPath)
    }

    @Test func aSymbolicLinkPointingOutsideIsRefusedAndOneInsideIsFollowed() throws {
        let scratch = try Scratch(text: ["data/a.csv": "a\n1\n"])
        let links = scratch.folder.appendingPathComponent("data")
        try FileManager.default.createSymbolicLink(atPath: links.appendingPathComponent("passwd").path, withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(atPath: links.appendingPathComponent("up").path, withDestinationPath: "../..")
        try FileManager.default.createSymbolicLink(atPath: links.appendingPathComponent("b.csv").path, withDestinationPath: "a.csv")
        let folder = DataFolder(path: scratch.path)
        #expect(failure(folder, "data/passwd") == .escapesFolder)
        // Outside, whether or not the file exists there.
        #expect(failure(folder, "data/up/etc/passwd") == .escapesFolder)
        #expect(failure(folder, "../no-such-file.csv") == .escapesFolder)
        #expect(try folder.read("data/b.csv").record.sha256 == folder.read("data/a.csv").record.sha256)
    }

    @Test func aFIFOIsRefusedWithoutBlocking() throws {
        let scratch = try Scratch()
        let fifo = scratch.folder.appendingPathComponent("pipe.csv").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(failure(DataFolder(path: scratch.path), "pipe.csv") == .notRegularFile(.fifo))
    }

    @Test func aFolderAndADeviceAreNotDataFiles() throws {
        let scratch = try Scratch(text: ["data/a.csv": "a\n"])
        try FileManager.default.createSymbolicLink(atPath: scratch.folder.appendingPathComponent("null").path,
                                                   withDestinationPath: "/dev/null")
        let folder = DataFolder(path: scratch.path)
        #expect(failure(folder, "data") == .notRegularFile(.directory))
        // A link to a device outside is outside first.
        #expect(failure(folder, "null") == .escapesFolder)
        // The device itself, in a folder that holds it.
        #expect(failure(DataFolder(path: "/dev"), "null") == .notRegularFile(.characterDevice))
        #expect(failure(folder, "missing.csv") == .notFound)
    }

    @Test func aFileOverTheLimitIsRefusedNamingItsSizeAndTheLimit() throws {
        let scratch = try Scratch(["big.csv": [UInt8](repeating: UInt8(ascii: "1"), count: 2000)])
        #expect(failure(DataFolder(path: scratch.path, limitBytes: 1999), "big.csv") == .tooLarge(bytes: 2000, limit: 1999))
        #expect(failure(DataFolder(path: scratch.path, limitBytes: 2000), "big.csv") == nil)
    }

    @Test func aFileThatChangesWhileItIsReadIsAnErrorNotAMixture() throws {
        let size = DataFolder.chunkBytes * 3
        let scratch = try Scratch(["growing.csv": [UInt8](repeating: UInt8(ascii: "1"), count: size)])
        let url = scratch.folder.appendingPathComponent("growing.csv")
        var changed = false
        do {
            _ = try DataFolder(path: scratch.path).read("growing.csv", afterChunk: {
                guard !changed else { return }
                changed = true
                let handle = try! FileHandle(forWritingTo: url)
                handle.seekToEndOfFile()
                handle.write(Data("2\n".utf8))
                try! handle.close()
            })
            Issue.record("the change was not seen")
        } catch let error as DataFileError {
            #expect(error.kind == .changedWhileReading)
        }
    }

    @Test func theAdmissionCheckSeesTheSizeBeforeAnyByteIsRead() throws {
        struct Refused: Error, Equatable { var bytes: Int }
        let scratch = try Scratch(text: ["a.csv": "a\n1\n"])
        #expect(throws: Refused(bytes: 4)) {
            _ = try DataFolder(path: scratch.path).read("a.csv", admit: { throw Refused(bytes: $0) })
        }
    }
}
