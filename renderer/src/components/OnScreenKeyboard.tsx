import { useEffect, useRef, useState } from 'react';
import Keyboard from 'react-simple-keyboard';
import type { SimpleKeyboard } from 'react-simple-keyboard';

export type KeyboardLayout = 'text' | 'email' | 'phone';

const LAYOUTS = {
  default: [
    '1 2 3 4 5 6 7 8 9 0 {bksp}',
    'q w e r t y u i o p',
    "a s d f g h j k l '",
    '{shift} z x c v b n m , . -',
    '@ {space} .com .id',
  ],
  shift: [
    '1 2 3 4 5 6 7 8 9 0 {bksp}',
    'Q W E R T Y U I O P',
    "A S D F G H J K L '",
    '{shift} Z X C V B N M , . -',
    '@ {space} .com .id',
  ],
  phone: ['1 2 3', '4 5 6', '7 8 9', '+ 0 {bksp}'],
};

const DISPLAY = { '{bksp}': '⌫', '{shift}': '⇧', '{space}': '␣' };

interface Props {
  readonly layout: KeyboardLayout;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly maxLength: number;
}

/**
 * The touchscreen has no physical keyboard: this one types into the focused field. It mirrors the
 * field's value so typing on a real keyboard (the officer's) and tapping here stay in step.
 */
export function OnScreenKeyboard({ layout, value, onChange, maxLength }: Props) {
  const ref = useRef<SimpleKeyboard | null>(null);
  const [shift, setShift] = useState(false);

  useEffect(() => {
    ref.current?.setInput(value);
  }, [value, layout]);

  return (
    <div data-testid="on-screen-keyboard" aria-hidden="true">
      <Keyboard
        keyboardRef={(k: SimpleKeyboard) => (ref.current = k)}
        layout={LAYOUTS}
        layoutName={layout === 'phone' ? 'phone' : shift ? 'shift' : 'default'}
        display={DISPLAY}
        mergeDisplay
        maxLength={maxLength}
        onChange={(input: string) => onChange(input)}
        onKeyPress={(button: string) => {
          if (button === '{shift}') setShift((s) => !s);
        }}
        preventMouseDownDefault
      />
    </div>
  );
}
