import { useEffect, useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { useWorkflowStyles } from './Workflow.styles';

/**
 * The prompt's parts rendered once, out of sight, when the pane is idle (issue 22: the prompt
 * within 100 ms of the status change). Fluent's components insert their styles into the page the
 * first time they render; done here, the first real prompt only adds its own elements. A
 * non-modal dialog in a hidden node of its own: nothing is shown, announced, focused or locked,
 * and it is gone after its first commit.
 */
export function PromptWarmUp({ onDone }: { onDone: () => void }) {
  const styles = useWorkflowStyles();
  const [node] = useState(() => {
    const div = document.createElement('div');
    div.hidden = true;
    div.setAttribute('aria-hidden', 'true');
    document.body.append(div);
    return div;
  });
  useEffect(() => {
    onDone();
    return () => node.remove();
  }, [node, onDone]);
  return (
    <Dialog open modalType="non-modal">
      <DialogSurface mountNode={node} className={styles.surface}>
        <DialogBody>
          <DialogTitle>&nbsp;</DialogTitle>
          <DialogContent className={styles.content}>
            <Text size={200} className={styles.muted}>
              &nbsp;
            </Text>
            <Field label=" " hint=" " validationState="error" validationMessage=" ">
              <Textarea resize="vertical" />
            </Field>
            <Field label=" ">
              <Input type="date" />
            </Field>
            <Field label=" ">
              <Select />
            </Field>
            <RadioGroup>
              <Radio value="warm-up" label=" " />
            </RadioGroup>
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>&nbsp;</MessageBarBody>
            </MessageBar>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary">&nbsp;</Button>
            <Button>&nbsp;</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
