import Testing
import Linalg

/// Values computed independently by numpy/scipy (Fixtures/make_reference.py).
@Suite struct ReferenceValueTests {
    let reference = Reference.shared

    @Test func decompositionsMatchNumpyAndScipy() {
        let A = reference.matrix("A"), B = reference.matrix("B"), S = reference.matrix("S")
        let D = reference.matrix("D")
        #expect(isApprox(svd(A).S, vector(reference.numbers("svd_A_values")), tol: 1e-14))
        #expect(isApprox(det(B), reference.number("det_B"), tol: 1e-14))
        #expect(isApprox(inverse(B), reference.matrix("inverse_B"), tol: 1e-14))
        #expect(isApprox(solve(B, reference.matrix("b")), reference.matrix("solve_B_b"), tol: 1e-14))
        #expect(isApprox(eigh(S).values, vector(reference.numbers("eigh_S_values")), tol: 1e-14))
        #expect(isApprox(opnorm(A), reference.number("opnorm_A"), tol: 1e-14))
        #expect(isApprox(pinv(D), reference.matrix("pinv_D"), tol: 1e-13))
        #expect(rank(D) == Int(reference.number("rank_D")))
    }

    @Test func matrixFunctionsMatchScipy() {
        let B = reference.matrix("B"), S = reference.matrix("S")
        #expect(isApprox(sqrtm(S), reference.matrix("sqrtm_S"), tol: 1e-13))
        #expect(isApprox(expm(B / 2), reference.matrix("expm_B_half"), tol: 1e-13))
        #expect(isApprox(expm(3 * B), reference.matrix("expm_3B"), tol: 1e-12))   // exercises squaring
        let (Q, P) = polar(B)
        #expect(isApprox(P, reference.matrix("polar_B_P"), tol: 1e-13))
        #expect(isApprox(Q, reference.matrix("polar_B_Q"), tol: 1e-13))
    }
}
