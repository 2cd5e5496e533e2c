;; The keyword automaton's walk (see keyword-matcher.ts), over a segment of UTF-16 code units
;; copied into this module's memory. Memory (imported) holds, from address 0: the class of every
;; code unit (65536 bytes), then the transition table (i32 cells: the next state premultiplied by
;; the row width, negated where a keyword ends), the segment, and four lists of (state, index)
;; records, one per walk. Addresses are passed in, so the layout is the caller's.
(module
  (import "walk" "memory" (memory 1))

  ;; One walk over view[i, end) from state $s, recording (state, index) at each keyword end at or
  ;; after $from into the list at $o. Returns where the list ends; the state is not needed after.
  (func $rest (param $view i32) (param $s i32) (param $i i32) (param $end i32) (param $from i32) (param $delta i32) (param $o i32) (result i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_s (local.get $i) (local.get $end)))
        (local.set $s
          (i32.load (i32.add (local.get $delta) (i32.shl (i32.add (local.get $s)
            (i32.load8_u (i32.load16_u (i32.add (local.get $view) (i32.shl (local.get $i) (i32.const 1)))))) (i32.const 2)))))
        (if (i32.lt_s (local.get $s) (i32.const 0))
          (then
            (local.set $s (i32.sub (i32.const 0) (local.get $s)))
            (if (i32.ge_s (local.get $i) (local.get $from))
              (then
                (i32.store (local.get $o) (local.get $s))
                (i32.store offset=4 (local.get $o) (local.get $i))
                (local.set $o (i32.add (local.get $o) (i32.const 8)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $o))

  ;; The segment view[0, count) as four walks over its quarters, in one loop (keyword-matcher.ts
  ;; explains the split). The first $lead units are look-back only. List k starts at $out + k *
  ;; $capacity bytes; the four list lengths (records) are stored at $counts.
  (func (export "walk4") (param $view i32) (param $count i32) (param $lead i32) (param $overlap i32) (param $delta i32) (param $out i32) (param $capacity i32) (param $counts i32)
    (local $q i32) (local $b1 i32) (local $b2 i32) (local $b3 i32)
    (local $p i32) (local $stop i32) (local $d1 i32) (local $d2 i32) (local $d3 i32)
    (local $s0 i32) (local $s1 i32) (local $s2 i32) (local $s3 i32)
    (local $o0 i32) (local $o1 i32) (local $o2 i32) (local $o3 i32) (local $i i32)
    (local.set $o0 (local.get $out))
    (local.set $o1 (i32.add (local.get $out) (local.get $capacity)))
    (local.set $o2 (i32.add (local.get $o1) (local.get $capacity)))
    (local.set $o3 (i32.add (local.get $o2) (local.get $capacity)))
    (local.set $q (i32.shr_s (i32.sub (local.get $count) (local.get $lead)) (i32.const 2)))
    (if (i32.le_s (local.get $q) (local.get $overlap))
      (then
        ;; A short segment: one walk.
        (i32.store (local.get $counts) (i32.shr_u (i32.sub
          (call $rest (local.get $view) (i32.const 0) (i32.const 0) (local.get $count) (local.get $lead) (local.get $delta) (local.get $o0))
          (local.get $o0)) (i32.const 3)))
        (i64.store offset=4 (local.get $counts) (i64.const 0))
        (i32.store offset=12 (local.get $counts) (i32.const 0))
        (return)))
    (local.set $b1 (i32.add (local.get $lead) (local.get $q)))
    (local.set $b2 (i32.add (local.get $b1) (local.get $q)))
    (local.set $b3 (i32.add (local.get $b2) (local.get $q)))
    ;; Walk k starts $overlap units before its quarter (walk 0 at 0): all four advance together,
    ;; at fixed distances (in bytes) from walk 0's address $p.
    (local.set $d1 (i32.shl (i32.sub (local.get $b1) (local.get $overlap)) (i32.const 1)))
    (local.set $d2 (i32.shl (i32.sub (local.get $b2) (local.get $overlap)) (i32.const 1)))
    (local.set $d3 (i32.shl (i32.sub (local.get $b3) (local.get $overlap)) (i32.const 1)))
    (local.set $p (local.get $view))
    (local.set $stop (i32.add (local.get $view) (i32.shl (local.get $b1) (i32.const 1))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $stop)))
        (local.set $s0 (i32.load (i32.add (local.get $delta) (i32.shl (i32.add (local.get $s0)
          (i32.load8_u (i32.load16_u (local.get $p)))) (i32.const 2)))))
        (local.set $s1 (i32.load (i32.add (local.get $delta) (i32.shl (i32.add (local.get $s1)
          (i32.load8_u (i32.load16_u (i32.add (local.get $p) (local.get $d1))))) (i32.const 2)))))
        (local.set $s2 (i32.load (i32.add (local.get $delta) (i32.shl (i32.add (local.get $s2)
          (i32.load8_u (i32.load16_u (i32.add (local.get $p) (local.get $d2))))) (i32.const 2)))))
        (local.set $s3 (i32.load (i32.add (local.get $delta) (i32.shl (i32.add (local.get $s3)
          (i32.load8_u (i32.load16_u (i32.add (local.get $p) (local.get $d3))))) (i32.const 2)))))
        (if (i32.lt_s (i32.or (i32.or (local.get $s0) (local.get $s1)) (i32.or (local.get $s2) (local.get $s3))) (i32.const 0))
          (then
            ;; Walk 0's index; walk k's is $i + $d_k / 2.
            (local.set $i (i32.shr_u (i32.sub (local.get $p) (local.get $view)) (i32.const 1)))
            (if (i32.lt_s (local.get $s0) (i32.const 0))
              (then
                (local.set $s0 (i32.sub (i32.const 0) (local.get $s0)))
                (if (i32.ge_s (local.get $i) (local.get $lead))
                  (then
                    (i32.store (local.get $o0) (local.get $s0))
                    (i32.store offset=4 (local.get $o0) (local.get $i))
                    (local.set $o0 (i32.add (local.get $o0) (i32.const 8)))))))
            (if (i32.lt_s (local.get $s1) (i32.const 0))
              (then
                (local.set $s1 (i32.sub (i32.const 0) (local.get $s1)))
                (if (i32.ge_s (i32.add (local.get $i) (i32.shr_u (local.get $d1) (i32.const 1))) (local.get $b1))
                  (then
                    (i32.store (local.get $o1) (local.get $s1))
                    (i32.store offset=4 (local.get $o1) (i32.add (local.get $i) (i32.shr_u (local.get $d1) (i32.const 1))))
                    (local.set $o1 (i32.add (local.get $o1) (i32.const 8)))))))
            (if (i32.lt_s (local.get $s2) (i32.const 0))
              (then
                (local.set $s2 (i32.sub (i32.const 0) (local.get $s2)))
                (if (i32.ge_s (i32.add (local.get $i) (i32.shr_u (local.get $d2) (i32.const 1))) (local.get $b2))
                  (then
                    (i32.store (local.get $o2) (local.get $s2))
                    (i32.store offset=4 (local.get $o2) (i32.add (local.get $i) (i32.shr_u (local.get $d2) (i32.const 1))))
                    (local.set $o2 (i32.add (local.get $o2) (i32.const 8)))))))
            (if (i32.lt_s (local.get $s3) (i32.const 0))
              (then
                (local.set $s3 (i32.sub (i32.const 0) (local.get $s3)))
                (if (i32.ge_s (i32.add (local.get $i) (i32.shr_u (local.get $d3) (i32.const 1))) (local.get $b3))
                  (then
                    (i32.store (local.get $o3) (local.get $s3))
                    (i32.store offset=4 (local.get $o3) (i32.add (local.get $i) (i32.shr_u (local.get $d3) (i32.const 1))))
                    (local.set $o3 (i32.add (local.get $o3) (i32.const 8)))))))))
        (local.set $p (i32.add (local.get $p) (i32.const 2)))
        (br $next)))
    ;; Walks 1-3 go on alone to their quarters' ends.
    (local.set $i (i32.shr_u (i32.sub (local.get $p) (local.get $view)) (i32.const 1)))
    (local.set $o1 (call $rest (local.get $view) (local.get $s1) (i32.add (local.get $i) (i32.shr_u (local.get $d1) (i32.const 1))) (local.get $b2) (local.get $b1) (local.get $delta) (local.get $o1)))
    (local.set $o2 (call $rest (local.get $view) (local.get $s2) (i32.add (local.get $i) (i32.shr_u (local.get $d2) (i32.const 1))) (local.get $b3) (local.get $b2) (local.get $delta) (local.get $o2)))
    (local.set $o3 (call $rest (local.get $view) (local.get $s3) (i32.add (local.get $i) (i32.shr_u (local.get $d3) (i32.const 1))) (local.get $count) (local.get $b3) (local.get $delta) (local.get $o3)))
    (i32.store (local.get $counts) (i32.shr_u (i32.sub (local.get $o0) (local.get $out)) (i32.const 3)))
    (i32.store offset=4 (local.get $counts) (i32.shr_u (i32.sub (local.get $o1) (i32.add (local.get $out) (local.get $capacity))) (i32.const 3)))
    (i32.store offset=8 (local.get $counts) (i32.shr_u (i32.sub (local.get $o2) (i32.add (local.get $out) (i32.shl (local.get $capacity) (i32.const 1)))) (i32.const 3)))
    (i32.store offset=12 (local.get $counts) (i32.shr_u (i32.sub (local.get $o3) (i32.add (local.get $out) (i32.mul (local.get $capacity) (i32.const 3)))) (i32.const 3))))
)
