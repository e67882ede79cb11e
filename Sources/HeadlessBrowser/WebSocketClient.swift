import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal WebSocket client (RFC 6455) over a loopback TCP socket, for tests: Foundation's
/// `URLSessionWebSocketTask` on Linux depends on a libcurl built with WebSocket support,
/// which Debian's is not. Text frames only, as the DevTools protocol and `nb preview`'s live
/// channel use them; client frames masked as the RFC requires.
public final class WebSocketClient: @unchecked Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    private let descriptor: Int32
    private var buffer: [UInt8] = []

    /// Connects to `ws://127.0.0.1:PORT/PATH` (loopback only) and completes the handshake.
    public init(url: String, timeout: TimeInterval = 30) throws {
        guard let components = URLComponents(string: url), components.scheme == "ws",
              let port = components.port, ["127.0.0.1", "localhost"].contains(components.host ?? "") else {
            throw Failure(description: "not a loopback ws:// URL: \(url)")
        }
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket: \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(descriptor); throw Failure(description: "connect to \(url): errno \(errno)") }
        var limit = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        let key = Data((0..<16).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
        let path = (components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath)
            + (components.percentEncodedQuery.map { "?" + $0 } ?? "")
        try send(Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: \(key)\r\nSec-WebSocket-Version: 13\r\n\r\n".utf8))
        var header: [UInt8] = []
        while !header.suffix(4).elementsEqual([13, 10, 13, 10]) {
            header.append(try readByte())
        }
        let statusLine = String(decoding: header.prefix { $0 != 13 }, as: UTF8.self)
        guard statusLine.contains(" 101") else {
            close(descriptor)
            throw Failure(description: "handshake refused: \(statusLine)")
        }
    }

    deinit { close(descriptor) }

    /// Sends a text message.
    public func send(text: String) throws {
        let payload = Array(text.utf8)
        var frame: [UInt8] = [0x81]
        if payload.count < 126 {
            frame.append(0x80 | UInt8(payload.count))
        } else if payload.count <= 0xFFFF {
            frame.append(0x80 | 126)
            frame += [UInt8(payload.count >> 8), UInt8(payload.count & 0xFF)]
        } else {
            frame.append(0x80 | 127)
            frame += (0..<8).reversed().map { UInt8((payload.count >> ($0 * 8)) & 0xFF) }
        }
        let mask = (0..<4).map { _ in UInt8.random(in: 0...255) }
        frame += mask
        frame += payload.enumerated().map { $0.element ^ mask[$0.offset % 4] }
        try send(frame)
    }

    /// The next text message (pings are answered, fragments joined); nil when the server closed.
    public func receive() throws -> String? {
        var message: [UInt8] = []
        while true {
            let first = try readByte(), second = try readByte()
            var length = Int(second & 0x7F)
            if length == 126 { length = Int(try readByte()) << 8 | Int(try readByte()) }
            else if length == 127 { length = try (0..<8).reduce(0) { value, _ in value << 8 | Int(try readByte()) } }
            let mask = second & 0x80 != 0 ? try (0..<4).map { _ in try readByte() } : nil
            var payload = try (0..<length).map { _ in try readByte() }
            if let mask { payload = payload.enumerated().map { $0.element ^ mask[$0.offset % 4] } }
            switch first & 0x0F {
            case 0x8: return nil
            case 0x9: try sendControl(0xA, payload)   // ping → pong
            case 0xA: continue
            default:
                message += payload
                if first & 0x80 != 0 { return String(decoding: message, as: UTF8.self) }
            }
        }
    }

    public func closeConnection() {
        try? sendControl(0x8, [])
        shutdown(descriptor, Int32(SHUT_RDWR))
    }

    private func sendControl(_ opcode: UInt8, _ payload: [UInt8]) throws {
        let mask: [UInt8] = [1, 2, 3, 4]
        try send([0x80 | opcode, 0x80 | UInt8(payload.count)] + mask + payload.enumerated().map { $0.element ^ mask[$0.offset % 4] })
    }

    private func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw Failure(description: "send: errno \(errno)") }
            offset += sent
        }
    }

    private func readByte() throws -> UInt8 {
        if buffer.isEmpty {
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { throw Failure(description: count == 0 ? "connection closed" : "receive timed out or failed: errno \(errno)") }
            buffer = Array(chunk[0..<count].reversed())
        }
        return buffer.removeLast()
    }
}
