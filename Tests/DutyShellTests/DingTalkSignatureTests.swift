import Foundation
import Testing

@testable import DutyShell

@Suite("DingTalk robot signatures")
struct DingTalkSignatureTests {
    // Expected values computed with DingTalk's documented Python sample:
    // quote_plus(base64.b64encode(hmac.new(secret, f"{timestamp}\n{secret}", sha256).digest())).
    @Test("the sign matches the documented algorithm for a known secret and timestamp")
    func knownVectors() {
        #expect(DingTalkSignature.sign(timestampMilliseconds: 1_700_000_000_000, secret: "SEC0123456789abcdef0123456789abcdef")
            == "hJ95%2FXWePTzrSwXDHEJJY1Ta0B6qiG%2FYMxNzB4v4U2w%3D")
        #expect(DingTalkSignature.sign(timestampMilliseconds: 1_599_360_473_000, secret: "SECtest/+=秘钥")
            == "ehuXJmk3TT5wuTzXRdIIEMWh7EQwLvvuMdGOQkEsdz4%3D")
    }

    @Test("the signed URL keeps the robot's query and appends timestamp and sign")
    func signedURL() {
        let url = DingTalkSignature.signedURL(
            "https://oapi.dingtalk.com/robot/send?access_token=abc", secret: "SEC0123456789abcdef0123456789abcdef",
            now: Date(timeIntervalSince1970: 1_700_000_000))
        #expect(url == "https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1700000000000&sign=hJ95%2FXWePTzrSwXDHEJJY1Ta0B6qiG%2FYMxNzB4v4U2w%3D")
    }
}
